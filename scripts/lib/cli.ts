/**
 * What every script does with an argument it has no use for: `--help` (or `-h`) prints the usage
 * and exits 0; anything else is an error, reported with the usage, exit status 2.
 */
export function otherArgument(arg: string, usage: string): never {
  if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  }
  console.error(`unknown argument ${arg}\n${usage}`);
  process.exit(2);
}
