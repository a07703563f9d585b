export { SourceCard, type CardPosition, type SourceCardProps } from './SourceCard';
export { UndoToast, type UndoToastProps } from './UndoToast';
export { CARD_CSS, applyCardStyles } from './styles';
export type { CardModel, CardSource } from '../../lib/card/model';
