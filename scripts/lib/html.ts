/** Parse HTML into a DOM `Document` in Node (linkedom), for the CLI, the eval and the bench. */
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
