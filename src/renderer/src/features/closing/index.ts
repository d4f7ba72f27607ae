export { ClosingPanel } from './ClosingPanel';
