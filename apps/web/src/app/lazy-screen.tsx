import { lazy, type ComponentType, type JSX, type LazyExoticComponent } from "react";

/** Screens whose code failed to load, each with a way to forget that failure. */
const failed = new Set<() => void>();

/** Forget every failed screen load, so the next render fetches its code again. */
export function retryFailedScreens(): void {
  for (const forget of [...failed]) forget();
}

export interface LazyScreen<P> {
  Screen: (props: P) => JSX.Element;
  /** Fetch the code ahead of time; resolves once the screen can render without waiting. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A screen whose code loads on demand. Unlike a bare React.lazy, a failed load is not final:
 * the error reaches the screen's error boundary, whose "Try again" calls
 * `retryFailedScreens()` and the next render imports afresh (browsers refetch a failed module).
 * Once loaded, the screen renders at once without a Suspense round (see plan-route.tsx).
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  let lazyComponent: LazyExoticComponent<ComponentType<P>> | undefined;

  const forget = () => {
    pending = undefined;
    lazyComponent = undefined;
    failed.delete(forget);
  };

  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Kept failed until a retry: re-importing on every render would loop while offline.
        failed.add(forget);
        throw error;
      },
    );
    return pending;
  };

  function Screen(props: P): JSX.Element {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    lazyComponent ??= lazy(() => preload().then((component) => ({ default: component })));
    const Lazy = lazyComponent;
    return <Lazy {...props} />;
  }
  return { Screen, preload };
}
