/** A CLI piped into `head` and the like: a closed pipe ends the program quietly, not with EPIPE. */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
