export { AddNoteButton } from './AddNoteButton';
export { NoteEditor, parseTags, type NoteEditorProps } from './NoteEditor';
export { NotesPopover, type NotesPopoverProps } from './NotesPopover';
export { NOTE_INLINE_CSS } from './styles';
