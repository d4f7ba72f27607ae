export { ReportsPanel } from './LazyReportsPanel';
