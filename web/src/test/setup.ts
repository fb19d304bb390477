// happy-dom lacks the Web Animations API that Designsystemet's Spinner synchronises with.
if (typeof document !== 'undefined' && typeof document.getAnimations !== 'function') {
  document.getAnimations = () => [];
}
