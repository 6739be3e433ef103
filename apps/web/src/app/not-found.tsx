import { Link } from "./link";

export function NotFound() {
  return (
    <section className="rb-card" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">This page does not exist</h1>
      <p>
        The address may be mistyped. <Link href="/">Go to the start</Link>.
      </p>
    </section>
  );
}
