//! The real `pact` binary end to end, process start to exit (issue 18).
//!
//! `cargo bench --bench e2e` writes generated portfolios under `target/`,
//! runs the release binary on them and prints, next to each target:
//! `check` throughput and peak memory on 10,000 partnerships, the growth
//! at 100,000 (a folder of files, as one file may not pass 64 MiB;
//! `PACT_BENCH_LARGE=0` skips it: ~200 MB of source and a few GB of
//! memory), `build --emit schedule` events per second and memory,
//! `--emit obligations` memory against the check's, `fmt` memory and
//! time, and `build` of an 8 MB file written on one line with a non-ASCII
//! character against the same text on many lines (line and column must
//! not count through the line).
//!
//! The 100,000-partnership check runs last: generating its source raises
//! this process's memory high-water mark, which the children that follow
//! would inherit as their peak RSS (see [`count_lines`]).
//!
//! The machine is shared, so each figure is the best of three runs, and
//! the time shown beside the wall-clock time is the CPU time (user +
//! system) the kernel accounts to the process, which load does not
//! inflate. Peak memory is the process's maximum resident set
//! (`getrusage`), as `/usr/bin/time -v` reports it.

#[path = "generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// One run of the binary: wall and CPU seconds, peak RSS in bytes.
#[derive(Clone, Copy)]
struct Run {
    wall: f64,
    cpu: f64,
    rss: u64,
}

/// Runs `pact` with `args` (stdin from `input` if given, stdout dropped)
/// `times` times; the best wall and CPU times and the largest peak RSS.
/// The child is reaped by `wait4` in [`wait`], which also gives its usage.
#[allow(clippy::zombie_processes)]
fn run(args: &[&str], input: Option<&Path>, times: usize) -> Run {
    let mut best = Run {
        wall: f64::MAX,
        cpu: f64::MAX,
        rss: 0,
    };
    for _ in 0..times {
        let stdin = match input {
            Some(p) => Stdio::from(std::fs::File::open(p).expect("bench input")),
            None => Stdio::null(),
        };
        let start = Instant::now();
        let child = Command::new(env!("CARGO_BIN_EXE_pact"))
            .args(args)
            .stdin(stdin)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pact starts");
        let (cpu, rss) = wait(child.id());
        let wall = start.elapsed().as_secs_f64();
        best.wall = best.wall.min(wall);
        best.cpu = best.cpu.min(cpu);
        best.rss = best.rss.max(rss);
    }
    best
}

/// Waits for `pid`; its CPU seconds and peak RSS in bytes.
fn wait(pid: u32) -> (f64, u64) {
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is valid, and `wait4` fills it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our child; the pointers are to live locals.
    let waited = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid as libc::pid_t, "wait4");
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (
        seconds(usage.ru_utime) + seconds(usage.ru_stime),
        usage.ru_maxrss as u64 * 1024,
    )
}

fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target")
}

fn write_portfolio(partnerships: usize) -> (PathBuf, u64) {
    let path = target_dir().join(format!("portfolio-{partnerships}.pact"));
    let source = generate::portfolio(&generate::Options {
        partnerships,
        conflicts: false,
    });
    std::fs::write(&path, &source).expect("write the portfolio");
    (path, source.len() as u64)
}

/// The 8 MB one-line file: partnerships with `;` for newlines, and one
/// `é` near the start so the line is not ASCII; and the same text with
/// newlines kept, to compare with.
fn write_one_line() -> (PathBuf, PathBuf, u64) {
    let source = generate::portfolio(&generate::Options {
        partnerships: 5_000,
        conflicts: false,
    });
    let mut line = String::with_capacity(8_100_000);
    for l in source.lines().filter(|l| !l.trim_start().starts_with("//")) {
        if line.len() > 8_000_000 && l.starts_with("partnership ") {
            break;
        }
        line.push_str(l);
        line.push(';');
    }
    let line = line.replacen("Organisation 0\"", "Organisation é\"", 1);
    let path = target_dir().join("one-line-8mb.pact");
    std::fs::write(&path, format!("{line}\n")).expect("write the one-line file");
    let lines = target_dir().join("one-line-8mb-as-lines.pact");
    std::fs::write(&lines, line.replace(';', "\n")).expect("write the lines file");
    (path, lines, line.len() as u64 + 1)
}

/// The same as a folder: the declarations, then the partnerships in five
/// files (one file may not pass 64 MiB, `MAX_FILE_BYTES`).
fn write_portfolio_folder(partnerships: usize) -> (PathBuf, u64) {
    let source = generate::portfolio(&generate::Options {
        partnerships,
        conflicts: false,
    });
    let dir = target_dir().join(format!("portfolio-{partnerships}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make the portfolio folder");
    let marker = "/// Partnership number ";
    let first = source.find(marker).unwrap_or(source.len());
    std::fs::write(dir.join("decls.pact"), &source[..first]).expect("write declarations");
    let mut rest = &source[first..];
    let mut part = 0;
    while !rest.is_empty() {
        let mut cut = rest.len().min(40_000_000);
        if cut < rest.len() {
            cut = rest[cut..].find(marker).map_or(rest.len(), |i| cut + i);
        }
        std::fs::write(dir.join(format!("p{part}.pact")), &rest[..cut]).expect("write a part");
        rest = &rest[cut..];
        part += 1;
    }
    (dir, source.len() as u64)
}

/// The newlines of a file, read through a small buffer: the bench's own
/// memory must stay small, as a child's peak RSS (`ru_maxrss`) starts from
/// the high-water mark of the process that spawned it (Linux carries it
/// across `exec`), so reading a 400 MB schedule here, or generating the
/// 100,000-partnership portfolio before the other runs, would show in
/// every later figure.
fn count_lines(path: &Path) -> usize {
    use std::io::Read;
    let Ok(mut file) = std::fs::File::open(path) else {
        return 0;
    };
    let mut buf = vec![0u8; 1 << 16];
    let mut count = 0;
    while let Ok(n) = file.read(&mut buf) {
        if n == 0 {
            break;
        }
        count += buf.iter().take(n).filter(|&&c| c == b'\n').count();
    }
    count
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "NOT MET"
    }
}

fn main() {
    let (p10k, size) = write_portfolio(10_000);
    let p = p10k.to_str().expect("utf-8 path");
    let out = target_dir().join("bench-output.json");
    let o = out.to_str().expect("utf-8 path");

    let check = run(&["check", p], None, 3);
    let rate = mb(size) / check.cpu;
    println!(
        "check 10,000 partnerships ({:.1} MB): {:.2} s wall, {:.2} s CPU = {rate:.1} MB/s [target >= 50 MB/s: {}]",
        mb(size),
        check.wall,
        check.cpu,
        verdict(rate >= 50.0)
    );
    let ratio = check.rss as f64 / size as f64;
    println!(
        "  peak RSS {:.0} MB = {ratio:.1}x the source [target <= 5x: {}]",
        mb(check.rss),
        verdict(ratio <= 5.0)
    );

    let schedule = run(&["build", "--emit", "schedule", p, "-o", o], None, 3);
    let events = count_lines(&out).saturating_sub(1);
    let per_second = events as f64 / schedule.cpu / 1e6;
    println!(
        "build --emit schedule: {events} events, {:.2} s wall, {:.2} s CPU = {per_second:.2} M events/s [target >= 1.5: {}]; peak RSS {:.0} MB ({:+.0}% of check's) [streamed: memory independent of events]",
        schedule.wall,
        schedule.cpu,
        verdict(per_second >= 1.5),
        mb(schedule.rss),
        (schedule.rss as f64 / check.rss as f64 - 1.0) * 100.0
    );

    let obligations = run(&["build", "--emit", "obligations", p, "-o", o], None, 3);
    let over = obligations.rss as f64 / check.rss as f64 - 1.0;
    println!(
        "build --emit obligations: {:.2} s wall, {:.2} s CPU, peak RSS {:.0} MB = check's {:+.0}% [target <= +10%: {}]",
        obligations.wall,
        obligations.cpu,
        mb(obligations.rss),
        over * 100.0,
        verdict(over <= 0.10)
    );
    let _ = std::fs::remove_file(&out);

    let fmt = run(&["fmt", "-"], Some(&p10k), 3);
    let fmt_ratio = fmt.rss as f64 / size as f64;
    println!(
        "fmt 10,000 partnerships: {:.2} s wall, {:.2} s CPU [target <= check's {:.2} s: {}], peak RSS {:.0} MB = {fmt_ratio:.1}x the source [target <= 5x: {}]",
        fmt.wall,
        fmt.cpu,
        check.cpu,
        verdict(fmt.cpu <= check.cpu),
        mb(fmt.rss),
        verdict(fmt_ratio <= 5.0)
    );

    let (line, lines, line_size) = write_one_line();
    let l = line.to_str().expect("utf-8 path");
    let ls = lines.to_str().expect("utf-8 path");
    let one = run(&["build", "--emit", "schedule", l, "-o", o], None, 3);
    let many = run(&["build", "--emit", "schedule", ls, "-o", o], None, 3);
    println!(
        "build --emit schedule of {:.1} MB on one line (non-ASCII): {:.2} s wall, {:.2} s CPU; the same text on many lines {:.2} s CPU [target: long lines cost nothing extra, <= 1.25x: {}]",
        mb(line_size),
        one.wall,
        one.cpu,
        many.cpu,
        verdict(one.cpu <= 1.25 * many.cpu)
    );
    let _ = std::fs::remove_file(&out);
    if std::env::var("PACT_BENCH_LARGE").as_deref() != Ok("0") {
        let (p100k, big) = write_portfolio_folder(100_000);
        let large = run(&["check", p100k.to_str().expect("utf-8 path")], None, 1);
        let growth = large.cpu / check.cpu;
        println!(
            "check 100,000 partnerships ({:.0} MB): {:.2} s wall, {:.2} s CPU, peak RSS {:.0} MB ({:.1}x the source); {growth:.1}x the time of 10,000 [target <= 11x: {}]",
            mb(big),
            large.wall,
            large.cpu,
            mb(large.rss),
            large.rss as f64 / big as f64,
            verdict(growth <= 11.0)
        );
        let _ = std::fs::remove_dir_all(p100k);
    }
}
