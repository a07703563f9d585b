export { FactsView, StatusBadge, type FactsViewProps } from './FactsView';
export { FACTS_CSS, applyStyles } from './styles';
