//! Work split over threads without changing results: two jobs side by side,
//! and a worker's result taken back (a panic there is carried on, never
//! read as "no result"). A leaf: the stages that run in parallel use it.

/// Runs `a` on another thread while `b` runs on this one (a panic in
/// either is carried on to the caller).
pub fn side_by_side<A: Send, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    std::thread::scope(|scope| {
        let a = scope.spawn(a);
        let b = b();
        (rejoin(a.join()), b)
    })
}

/// The result of a worker thread. A panic there is a bug; it is carried on
/// to the caller rather than read as "no result", which would print a
/// wrong "no problems found".
pub fn rejoin<T>(joined: std::thread::Result<T>) -> T {
    match joined {
        Ok(value) => value,
        Err(payload) => std::panic::resume_unwind(payload),
    }
}
