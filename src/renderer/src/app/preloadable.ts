// The screens' and sections' loader lives in ui/ (features use it too); app/ keeps its old path.
export * from '../ui/preloadable';
