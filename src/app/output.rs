//! The files meldwijzer writes when asked to with `--output` or `--site`, and only then.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use super::error::{AppError, AppResult, Message, Said};
use super::export::site::SiteFile;

/// Writes the `files` of a site into `dir`, created if it does not exist; never into a
/// folder that holds anything unless `force`, so that publishing cannot mix two sites or
/// overwrite someone's files by a slip of the folder name. Nothing is written elsewhere.
pub(crate) fn write_site(dir: &Path, files: &[SiteFile], force: bool) -> AppResult {
    let name = dir.display().to_string();
    let cannot_write = |err: &io::Error| cannot_write(&name, err);
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if !force && entries.next().is_some() {
                return Err(Said::usage(Message::new(
                    "ui-error-folder-not-empty",
                    &[("dir", &name)],
                ))
                .with_help(Message::new("ui-help-folder-not-empty", &[]))
                .into());
            }
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(|err| cannot_write(&err))?;
        }
        Err(err) => return Err(cannot_write(&err)),
    }
    for file in files {
        write_new_file(&dir.join(&file.name), &file.text, force)?;
    }
    Ok(())
}

/// Refuses an `--output` file that exists (unless `force`), before any work is done or
/// any advice printed; `write_new_file` checks again, atomically, when it writes.
pub(crate) fn check_new_file(path: &Path, force: bool) -> AppResult {
    if force || !path.exists() {
        return Ok(());
    }
    let name = path.display().to_string();
    Err(exists(&name))
}

/// The error for an `--output` file that is there already.
fn exists(name: &str) -> AppError {
    Said::usage(Message::new("ui-error-file-exists", &[("file", name)]))
        .with_help(Message::new("ui-help-file-exists", &[]))
        .into()
}

/// Writes `text` to `path`, created atomically, and never over an existing file unless
/// `force`: the only way meldwijzer writes a file.
pub(crate) fn write_new_file(path: &Path, text: &str, force: bool) -> AppResult {
    let mut options = OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        // Atomic check-and-create: no window in which another file could appear.
        options.create_new(true);
    }
    let name = path.display().to_string();
    let cannot_write = |err: &io::Error| cannot_write(&name, err);
    let mut file = options.open(path).map_err(|err| match err.kind() {
        io::ErrorKind::AlreadyExists => exists(&name),
        _ => cannot_write(&err),
    })?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.flush())
        .map_err(|err| cannot_write(&err))
}

/// Why `name` cannot be written: the common reasons worded by the catalogue, others in the
/// system's words.
fn cannot_write(name: &str, err: &io::Error) -> AppError {
    // The common reasons are worded by the catalogue; others keep the system's words.
    let reason = super::reason::io_kind(err);
    let detail = err.to_string();
    let args = [("file", name), ("reason", reason), ("detail", &detail)];
    Said::failure(Message::new("ui-error-cannot-write", &args)).into()
}
