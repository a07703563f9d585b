export { NotesView, type ImportOutcome, type NoteChanges, type NotesViewProps } from './NotesView';
export { NOTES_CSS } from './styles';
export { noteSite, noteTitle, newestFirst, parseTags } from './model';
export {
  MAX_IMPORT_BYTES,
  NOTE_FRAGMENT,
  exportFileName,
  importFile,
  localDate,
  noteOpenUrl,
  type ImportSteps,
} from './page';
