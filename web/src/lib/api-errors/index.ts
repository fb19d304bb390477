export * from './api-failure';
export * from './save-failure';
