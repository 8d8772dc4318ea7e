//! The documented limits that keep hostile or runaway input from exhausting the machine.

/// Largest flow or locale file read, in bytes (32 MiB: room for a 100,000-node flow).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Longest id or message id, in characters.
pub const MAX_ID_CHARS: usize = 128;

/// Most questions plus outcomes in one flow.
pub const MAX_NODES: usize = 200_000;

/// Most locale files read from one language folder.
pub const MAX_LOCALE_FILES: usize = 64;

/// Routes listed by default before a listing stops (`--limit` changes it).
pub const DEFAULT_ROUTE_LIST_LIMIT: usize = 1_000;

/// Longest line of input read in the line-by-line guide, in bytes: far more than any
/// answer, and a bound on what a stream without line ends (`/dev/zero`) can cost.
pub const MAX_LINE_BYTES: usize = 4096;
