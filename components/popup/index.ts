export { Popup, VERDICT_GLYPHS, VERDICT_WORDS, type PopupProps } from './Popup';
export { POPUP_CSS } from './styles';
