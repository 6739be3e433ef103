import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Who holds a data folder, as its lock file says. */
export interface LockHolder {
  pid: number;
  startedAt: string;
  /** Where the holder serves, when it is a running server (the agency CLI can go through it). */
  url?: string;
}

export class DataFolderInUseError extends Error {
  override readonly name = "DataFolderInUseError";
  constructor(
    readonly folder: string,
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${folder} is in use by process ${holder.pid}` +
        `${holder.url ? ` (a Rebound server at ${holder.url})` : ""}, since ${holder.startedAt}. ` +
        `PGlite is a single-process database: stop that process first. If no such process is ` +
        `running, delete ${lockFile}.`,
    );
  }
}

export interface DataFolderLock {
  /** Tells other processes where this one serves. */
  advertise(url: string): void;
  release(): void;
}

const LOCK_FILE = "rebound.lock";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, but is not ours
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const { pid, startedAt, url } = holder;
    if (typeof pid !== "number" || !Number.isInteger(pid)) return null;
    return {
      pid,
      startedAt: typeof startedAt === "string" ? startedAt : "an unknown time",
      ...(typeof url === "string" ? { url } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * Holds a PGlite data folder for this process: a lock file with our pid, created only if absent
 * (O_EXCL), so a second process (a second server, or the agency CLI beside a server) is refused
 * instead of writing the same files at once and losing one side's writes. A lock left by a process
 * that no longer runs (killed, crashed) is taken over. Released on `release()` and, as a last
 * resort, when this process exits.
 */
export function lockDataFolder(folder: string): DataFolderLock {
  const file = path.join(folder, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, startedAt: new Date().toISOString() };
  const write = (flag: "wx" | "w") => writeFileSync(file, `${JSON.stringify(mine)}\n`, { flag });

  for (let attempt = 0; ; attempt += 1) {
    try {
      write("wx");
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(file);
      if (holder !== null && holder.pid !== process.pid && isRunning(holder.pid))
        throw new DataFolderInUseError(folder, file, holder);
      if (attempt > 0) throw error; // removed a stale lock and still lost the race: give up
      rmSync(file, { force: true }); // stale: its process is gone (or the file is unreadable)
    }
  }

  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    // Only our own lock: never a lock another process took over after ours went stale.
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.on("exit", release);
  return {
    advertise(url) {
      if (!held) return;
      mine.url = url;
      write("w");
    },
    release,
  };
}
