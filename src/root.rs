//! Finding the OTP installation girder boots: `--root DIR`, else `$ERL_ROOTDIR`, else the
//! installation of the `erl` found on `PATH`, else `/usr/lib/erlang`.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where OTP is installed when nothing else says.
pub const DEFAULT_ROOT: &str = "/usr/lib/erlang";

/// An OTP installation: its root directory and the `erts-*` directory inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtpRoot {
    /// The root (`code:root_dir()`), e.g. `/usr/lib/erlang`.
    pub dir: PathBuf,
    /// The erts version of the installation, e.g. `13.1.5`.
    pub erts_version: String,
}

/// Why no OTP installation was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RootError(String);

impl fmt::Display for RootError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl OtpRoot {
    /// Finds the installation: `given` (from `--root`), `$ERL_ROOTDIR`, the `erl` on `PATH`,
    /// then [`DEFAULT_ROOT`].
    pub fn find(given: Option<&str>) -> Result<OtpRoot, RootError> {
        if let Some(dir) = given {
            return OtpRoot::at(Path::new(dir))
                .ok_or_else(|| RootError(format!("--root {dir}: not an OTP installation")));
        }
        if let Ok(dir) = std::env::var("ERL_ROOTDIR") {
            if !dir.is_empty() {
                return OtpRoot::at(Path::new(&dir)).ok_or_else(|| {
                    RootError(format!("ERL_ROOTDIR={dir}: not an OTP installation"))
                });
            }
        }
        if let Some(root) = root_of_erl_on_path().and_then(|d| OtpRoot::at(&d)) {
            return Ok(root);
        }
        OtpRoot::at(Path::new(DEFAULT_ROOT)).ok_or_else(|| {
            RootError(format!(
                "no OTP installation found: no erl on PATH and none at {DEFAULT_ROOT} \
                 (give one with --root DIR or ERL_ROOTDIR)"
            ))
        })
    }

    /// The installation at `dir`, if it is one (it has `lib/` and an `erts-*` directory).
    pub fn at(dir: &Path) -> Option<OtpRoot> {
        if !dir.join("lib").is_dir() {
            return None;
        }
        let erts_version = OtpRoot::erts_version_in(dir)?;
        Some(OtpRoot {
            dir: dir.to_path_buf(),
            erts_version,
        })
    }

    /// The version of the newest `erts-*` directory in `dir`.
    fn erts_version_in(dir: &Path) -> Option<String> {
        let mut versions: Vec<String> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let v = name.strip_prefix("erts-")?.to_string();
                e.path().join("bin").is_dir().then_some(v)
            })
            .collect();
        versions.sort_by_key(|v| version_key(v));
        versions.pop()
    }

    /// `erts-V/bin`, erl's `-bindir`.
    pub fn bindir(&self) -> PathBuf {
        self.dir
            .join(format!("erts-{}", self.erts_version))
            .join("bin")
    }

    /// The `ebin` of the erts application, which holds the preloaded modules.
    pub fn preloaded_dir(&self) -> PathBuf {
        self.dir
            .join("lib")
            .join(format!("erts-{}", self.erts_version))
            .join("ebin")
    }
}

/// Numeric sort key of a version such as `13.1.5`.
fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// The root of the installation whose `erl` is first on `PATH`: `erl` is `ROOT/bin/erl`
/// (often through a symbolic link such as `/usr/bin/erl`).
fn root_of_erl_on_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let erl = std::env::split_paths(&path)
        .map(|d| d.join("erl"))
        .find(|f| f.is_file())?;
    let real = std::fs::canonicalize(erl).ok()?;
    Some(real.parent()?.parent()?.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_sort_numerically() {
        let mut v = vec!["13.10.1", "13.1.5", "9.0"];
        v.sort_by_key(|v| version_key(v));
        assert_eq!(v, vec!["9.0", "13.1.5", "13.10.1"]);
    }

    #[test]
    fn a_directory_without_erts_is_no_root() {
        assert_eq!(OtpRoot::at(Path::new("/nonexistent-otp-root")), None);
    }
}
