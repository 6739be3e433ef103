import { Component, type ReactNode } from "react";
import { retryFailedScreens } from "./lazy-screen";

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
  /** Bumped on every retry, so the screen mounts afresh. */
  attempt: number;
}

/** The messages browsers and Vite give when a script or stylesheet could not be fetched. */
const LOAD_FAILURE =
  /dynamically imported module|module script failed|Unable to preload CSS|Loading chunk|Failed to fetch/i;

function couldNotLoad(error: unknown): boolean {
  if (!navigator.onLine) return true;
  return error instanceof Error && LOAD_FAILURE.test(error.message);
}

/**
 * A screen that fails (most often: its code could not be fetched, offline) never blanks the
 * page. The person is told what happened and can try again; coming back online retries by itself.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error("A screen failed to render.") };
  }

  override componentDidMount(): void {
    window.addEventListener("online", this.retryIfFailed);
  }

  override componentWillUnmount(): void {
    window.removeEventListener("online", this.retryIfFailed);
  }

  private readonly retryIfFailed = () => {
    if (this.state.error) this.retry();
  };

  private readonly retry = () => {
    retryFailedScreens();
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <ErrorFree key={attempt}>{this.props.children}</ErrorFree>;
    const loadFailure = couldNotLoad(error);
    return (
      <section className="rb-card rb-screen-error" aria-labelledby="screen-error-heading">
        <h1 id="screen-error-heading">
          {loadFailure ? "This screen could not load" : "Something went wrong on this screen"}
        </h1>
        <p role="alert">
          {loadFailure
            ? "Rebound could not fetch this part of the app. You may be offline: your answers are safe on this device. Try again once you are connected."
            : "Your answers are safe on this device. Try again, or go back to the start."}
        </p>
        <p className="rb-actions">
          <button type="button" className="rb-button" onClick={this.retry}>
            Try again
          </button>
          <a className="rb-button rb-button--secondary" href="/">
            Go to the start
          </a>
        </p>
      </section>
    );
  }
}

/** A keyed wrapper, so a retry remounts the screen instead of reusing its failed tree. */
function ErrorFree({ children }: { children: ReactNode }) {
  return children;
}
