//! The API base URL setting.

use std::fmt;
use std::net::IpAddr;

use url::Url;

/// App Center's API address, the default.
pub const DEFAULT_BASE_URL: &str = "https://api.appcenter.ms";

/// A validated API base URL: `https://` anywhere, plain `http://` only on this computer
/// (loopback addresses), no credentials, query or fragment. A path prefix is allowed (App
/// Center's portal proxy is `https://appcenter.ms/api`).
#[derive(Clone, PartialEq, Eq)]
pub struct BaseUrl(Url);

/// Why a link from an answer cannot be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("the link is empty")]
    Empty,
    #[error("the link is not a valid web address")]
    NotAnAddress,
    #[error("the link is not a web address (it starts with {0}:)")]
    Scheme(String),
}

/// Why a base URL was refused; the message is for people.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BaseUrlError {
    #[error("\"{0}\" is not a web address. It should look like https://api.appcenter.ms")]
    NotAUrl(String),
    #[error("the API address must start with https:// (plain http:// is allowed only for this computer)")]
    InsecureScheme,
    #[error("the API address must not contain a user name, a password, a query or a fragment")]
    ExtraParts,
}

impl BaseUrl {
    /// Parses and validates a base URL typed by a person.
    pub fn parse(input: &str) -> Result<BaseUrl, BaseUrlError> {
        let trimmed = input.trim();
        let mut url = Url::parse(trimmed).map_err(|_| BaseUrlError::NotAUrl(trimmed.into()))?;
        if url.host().is_none() || url.cannot_be_a_base() {
            return Err(BaseUrlError::NotAUrl(trimmed.into()));
        }
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => return Err(BaseUrlError::InsecureScheme),
            _ => return Err(BaseUrlError::NotAUrl(trimmed.into())),
        }
        if !url.username().is_empty()
            || url.password().is_some()
            || url.query().is_some()
            || url.fragment().is_some()
        {
            return Err(BaseUrlError::ExtraParts);
        }
        // Keep a trailing slash so that joining "v0.1/..." keeps any path prefix.
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Ok(BaseUrl(url))
    }

    /// The URL of an API path such as `v0.1/user` (segments given already encoded).
    pub fn join(&self, path: &str) -> Result<Url, url::ParseError> {
        self.0.join(path.trim_start_matches('/'))
    }

    /// Resolves a link from an answer (a resource list path or a file URL): absolute links are
    /// taken as they are, protocol-relative ones (`//host/x`) keep their host and take this
    /// address's scheme, and relative ones are resolved against this address (keeping its path
    /// prefix for `/v0.1/...` links). Anything but an `http`/`https` address is refused.
    pub fn resolve(&self, link: &str) -> Result<Url, LinkError> {
        let link = link.trim();
        if link.is_empty() {
            return Err(LinkError::Empty);
        }
        let parsed = if link.starts_with("//") {
            Url::parse(&format!("{}:{link}", self.0.scheme()))
        } else {
            match Url::parse(link) {
                Err(url::ParseError::RelativeUrlWithoutBase) => {
                    return self.join(link).map_err(|_| LinkError::NotAnAddress);
                }
                other => other,
            }
        };
        let url = parsed.map_err(|_| LinkError::NotAnAddress)?;
        match url.scheme() {
            "http" | "https" if url.host().is_some() => Ok(url),
            "http" | "https" => Err(LinkError::NotAnAddress),
            other => Err(LinkError::Scheme(other.to_string())),
        }
    }

    /// The parsed URL (with a trailing slash).
    pub fn as_url(&self) -> &Url {
        &self.0
    }

    /// True when `url` has the same scheme, host and port as the API: the only origin that may
    /// receive the API token.
    pub fn same_origin(&self, url: &Url) -> bool {
        self.0.origin() == url.origin()
    }
}

impl Default for BaseUrl {
    fn default() -> Self {
        BaseUrl(Url::parse("https://api.appcenter.ms/").unwrap_or_else(|_| unreachable!()))
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str().trim_end_matches('/'))
    }
}

impl fmt::Debug for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BaseUrl({self})")
    }
}

/// True when `url`'s host is this computer (a loopback address or `localhost`).
pub(crate) fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// A URL as it may be shown or recorded: without query string (pre-signed storage URLs carry
/// their signature there) and fragment.
pub fn strip_query(url: &Url) -> String {
    let mut shown = url.clone();
    shown.set_query(None);
    shown.set_fragment(None);
    let _ = shown.set_password(None);
    let _ = shown.set_username("");
    shown.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_https_and_loopback_http() {
        for ok in [
            "https://api.appcenter.ms",
            "https://api.appcenter.ms/",
            " https://appcenter.ms/api ",
            "http://127.0.0.1:8080",
            "http://127.5.6.7",
            "http://localhost:3000",
            "http://[::1]:9000",
        ] {
            assert!(BaseUrl::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_plain_http_elsewhere_and_junk() {
        assert_eq!(
            BaseUrl::parse("http://api.appcenter.ms"),
            Err(BaseUrlError::InsecureScheme)
        );
        assert_eq!(
            BaseUrl::parse("http://10.0.0.1"),
            Err(BaseUrlError::InsecureScheme)
        );
        assert!(matches!(
            BaseUrl::parse("api.appcenter.ms"),
            Err(BaseUrlError::NotAUrl(_))
        ));
        assert!(matches!(
            BaseUrl::parse("ftp://x.y"),
            Err(BaseUrlError::NotAUrl(_))
        ));
        assert_eq!(
            BaseUrl::parse("https://u:p@x.y"),
            Err(BaseUrlError::ExtraParts)
        );
        assert_eq!(
            BaseUrl::parse("https://x.y/?a=b"),
            Err(BaseUrlError::ExtraParts)
        );
    }

    #[test]
    fn joins_keep_the_path_prefix() {
        let base = BaseUrl::parse("https://appcenter.ms/api").unwrap();
        assert_eq!(
            base.join("/v0.1/user").unwrap().as_str(),
            "https://appcenter.ms/api/v0.1/user"
        );
        assert_eq!(base.to_string(), "https://appcenter.ms/api");
        assert_eq!(BaseUrl::default().to_string(), DEFAULT_BASE_URL);
    }

    #[test]
    fn origin_check_compares_scheme_host_and_port() {
        let base = BaseUrl::parse("http://127.0.0.1:8080").unwrap();
        assert!(base.same_origin(&Url::parse("http://127.0.0.1:8080/v0.1/x").unwrap()));
        assert!(!base.same_origin(&Url::parse("http://127.0.0.1:8081/v0.1/x").unwrap()));
        assert!(!base.same_origin(&Url::parse("https://127.0.0.1:8080/").unwrap()));
        assert!(!base.same_origin(&Url::parse("http://localhost:8080/").unwrap()));
    }

    #[test]
    fn shown_urls_lose_query_and_credentials() {
        let url = Url::parse("https://u:p@store.example/blob/a.apk?sig=SECRET#x").unwrap();
        assert_eq!(strip_query(&url), "https://store.example/blob/a.apk");
    }
}
