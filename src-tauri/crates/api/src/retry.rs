//! When and how long to wait before trying a call again.

use std::time::{Duration, SystemTime};

/// Retry settings. The defaults suit App Center's documented limit (500 requests per 5 minutes
/// per IP) and its habit of answering 429 with "Try again in N seconds".
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The first backoff delay; it doubles with every attempt.
    pub base_delay: Duration,
    /// The longest backoff delay.
    pub max_delay: Duration,
    /// The longest wait a server may ask for (Retry-After or the body's hint).
    pub max_server_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 6,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            max_server_delay: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// Exponential backoff with full jitter for the given attempt (1 = after the first
    /// failure): a random delay between half and all of `base * 2^(attempt-1)`, capped.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(16);
        let ceiling = self
            .base_delay
            .saturating_mul(1u32 << exponent)
            .min(self.max_delay);
        let half = ceiling / 2;
        half + ceiling.saturating_sub(half).mul_f64(fastrand::f64())
    }

    /// The delay before the next attempt: what the server asked for (capped) when it said,
    /// else the backoff.
    pub fn delay(&self, attempt: u32, server_asked: Option<Duration>) -> Duration {
        match server_asked {
            Some(asked) => asked.min(self.max_server_delay),
            None => self.backoff(attempt),
        }
    }
}

/// Reads a `Retry-After` header: delay-seconds or an HTTP date.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Reads the hint App Center put in 429 bodies: "... Try again in N seconds."
pub fn parse_body_hint(body: &[u8]) -> Option<Duration> {
    let text = String::from_utf8_lossy(body).to_ascii_lowercase();
    let at = text.find("try again in")?;
    let rest = text[at + "try again in".len()..].trim_start();
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let amount: u64 = digits.parse().ok()?;
    let unit = rest[digits.len()..].trim_start();
    if unit.starts_with("minute") {
        Some(Duration::from_secs(amount.saturating_mul(60)))
    } else if unit.starts_with("ms") || unit.starts_with("millisecond") {
        Some(Duration::from_millis(amount))
    } else {
        Some(Duration::from_secs(amount))
    }
}

/// HTTP statuses worth another try.
pub fn is_retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_jittered_and_capped() {
        let policy = RetryPolicy::default();
        for attempt in 1..=10 {
            let ceiling = (policy.base_delay * (1 << (attempt - 1))).min(policy.max_delay);
            for _ in 0..50 {
                let d = policy.backoff(attempt);
                assert!(d >= ceiling / 2 && d <= ceiling, "attempt {attempt}: {d:?}");
            }
        }
        assert!(policy.backoff(40) <= policy.max_delay);
    }

    #[test]
    fn server_delays_are_honoured_and_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(100_000))),
            policy.max_server_delay
        );
    }

    #[test]
    fn retry_after_in_seconds_and_as_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after(" 7 ", now), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(42));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(42))
        );
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(42));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn body_hints_in_app_center_wording() {
        assert_eq!(
            parse_body_hint(
                br#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 12 seconds."}"#
            ),
            Some(Duration::from_secs(12))
        );
        assert_eq!(
            parse_body_hint(b"Try again in 2 minutes"),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_body_hint(b"Too many requests"), None);
        assert_eq!(parse_body_hint(b"try again in a moment"), None);
    }
}
