import { useId, useState } from "react";
import { copyText } from "../drafts/copy-text";
import { resumeLink } from "./resume-link";
import { useRemoteCopy } from "./use-remote-copy";

/** Optional: a private copy on the server, reachable only through its resume link. */
export function SavePanel() {
  const { remote, canSave, state, save, remove } = useRemoteCopy();
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);
  const linkId = useId();
  const working = state.phase === "working";

  return (
    <section className="rb-card rb-save" aria-labelledby="save-heading">
      <h2 id="save-heading">Continue on another device</h2>
      {remote ? (
        <>
          <div className="rb-field">
            <label className="rb-field__label" htmlFor={linkId}>
              Your private resume link
            </label>
            <p className="rb-field__hint" id={`${linkId}-hint`}>
              Anyone with this link can open your debrief, so keep it to yourself.
            </p>
            <input
              id={linkId}
              className="rb-input"
              readOnly
              value={resumeLink(remote)}
              aria-describedby={`${linkId}-hint`}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <div className="rb-save__actions">
            <button
              type="button"
              className="rb-button rb-button--secondary"
              onClick={() => void copyText(resumeLink(remote)).then(setCopied)}
            >
              Copy link
            </button>
            {confirming ? (
              <>
                <button
                  type="button"
                  className="rb-button rb-button--danger"
                  disabled={working}
                  onClick={() => void remove().then(() => setConfirming(false))}
                >
                  Yes, delete it from the server
                </button>
                <button
                  type="button"
                  className="rb-button rb-button--quiet"
                  onClick={() => setConfirming(false)}
                >
                  Keep it
                </button>
              </>
            ) : (
              <button
                type="button"
                className="rb-button rb-button--quiet"
                onClick={() => setConfirming(true)}
              >
                Delete the saved copy
              </button>
            )}
          </div>
          <p role="status" className="rb-muted">
            {copied === true
              ? "Link copied."
              : copied === false
                ? "Copying failed: select the link and copy it."
                : ""}
          </p>
        </>
      ) : (
        <>
          <p>
            Your debrief lives only on this device. To pick it up elsewhere, save a private copy on
            Rebound’s server: only someone with its link can open it, and you can delete it at any
            time.
          </p>
          <button
            type="button"
            className="rb-button rb-button--secondary"
            disabled={!canSave || working}
            onClick={() => void save()}
          >
            {working ? "Saving…" : "Save a private copy"}
          </button>
        </>
      )}
      {state.phase === "error" ? (
        <p role="alert" className="rb-error-text">
          {state.problem.message}
        </p>
      ) : null}
    </section>
  );
}
