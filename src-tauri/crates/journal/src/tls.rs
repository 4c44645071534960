//! How the connection to the team's register is protected: TLS, as the address's `sslmode`
//! and `sslrootcert` ask, with libpq's meanings (what an administrator already knows from
//! `psql`), through rustls.
//!
//! | `sslmode` | encrypted | the server's certificate |
//! |---|---|---|
//! | `disable` | never | — |
//! | `allow`, `prefer` (the default) | when the server offers it | checked against `sslrootcert` when given, else not checked |
//! | `require` | always | the same |
//! | `verify-ca` | always | signed by the authority in `sslrootcert` (required) |
//! | `verify-full` | always | signed by the authority in `sslrootcert`, or one this computer trusts (none given, or `system`), and made out to the server's name |
//!
//! libpq's `allow` tries without TLS first; here it is `prefer` (TLS first), which protects
//! more and connects to the same servers. `sslrootcert=system` asks for `verify-full`, as in
//! libpq. Client certificates (`sslcert`, `sslkey`) are not supported: the address is refused
//! in words.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use rustls_platform_verifier::BuilderVerifierExt;
use tokio_postgres_rustls::MakeRustlsConnect;

/// `sslmode`: whether to encrypt, and how far to check the server's certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// Whose certificates the server's is checked against.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Roots {
    /// Not checked (`prefer` and `require` without `sslrootcert`).
    Unchecked,
    /// The certificate authorities in this file (PEM).
    File(PathBuf),
    /// The authorities this computer trusts (its system's store).
    System,
}

/// What the address asks of TLS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tls {
    mode: SslMode,
    roots: Roots,
}

/// How far the server was checked on an encrypted connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checked {
    /// Its certificate was not checked: anyone able to pose as the server could read the
    /// connection.
    Not,
    /// Its certificate is signed by a trusted authority; the name in it was not checked
    /// (`verify-ca`).
    Authority,
    /// Its certificate is signed by a trusted authority and made out to the server's name.
    AuthorityAndName,
}

/// How the connection to a register is protected, as the server saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    /// Through the server's local socket on this computer: nothing crosses the network.
    LocalSocket,
    /// Over the network, not encrypted.
    Plain,
    /// Over the network, encrypted (TLS).
    Encrypted(Checked),
}

impl fmt::Display for Protection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Protection::LocalSocket => "through the server's local socket",
            Protection::Plain => "not encrypted",
            Protection::Encrypted(Checked::Not) => {
                "encrypted, the server's certificate not checked"
            }
            Protection::Encrypted(Checked::Authority) => {
                "encrypted, the server's certificate checked (not its name)"
            }
            Protection::Encrypted(Checked::AuthorityAndName) => {
                "encrypted, the server's certificate checked"
            }
        })
    }
}

impl Tls {
    /// What `sslmode` and `sslrootcert` (decoded, `None` when not given) ask; an error in
    /// words for values libpq would refuse.
    pub(crate) fn from_params(
        sslmode: Option<&str>,
        sslrootcert: Option<&str>,
    ) -> Result<Tls, String> {
        let system = sslrootcert == Some("system");
        let mode = match sslmode {
            None if system => SslMode::VerifyFull,
            None | Some("prefer" | "allow") => SslMode::Prefer,
            Some("disable") => SslMode::Disable,
            Some("require") => SslMode::Require,
            Some("verify-ca") => SslMode::VerifyCa,
            Some("verify-full") => SslMode::VerifyFull,
            Some(other) => {
                return Err(format!(
                    "sslmode={other} in the register's address is not one PostgreSQL knows: use disable, prefer, require, verify-ca or verify-full"
                ))
            }
        };
        let roots = match (mode, sslrootcert) {
            (SslMode::Disable, _) => Roots::Unchecked,
            (SslMode::VerifyFull, None | Some("system")) => Roots::System,
            (_, Some("system")) => {
                return Err("sslrootcert=system in the register's address checks the server against the certificates this computer trusts, which needs sslmode=verify-full".to_string())
            }
            (SslMode::VerifyCa, None) => {
                return Err("sslmode=verify-ca in the register's address needs the certificate of the authority that signed the server's: add sslrootcert= and the path of its file".to_string())
            }
            (_, Some("")) => {
                return Err("sslrootcert= in the register's address names no file: give the path of the certificate authority's file".to_string())
            }
            (_, Some(file)) => Roots::File(PathBuf::from(file)),
            (_, None) => Roots::Unchecked,
        };
        Ok(Tls { mode, roots })
    }

    /// The `sslmode` the driver is given (it knows `disable`, `prefer` and `require`; the
    /// checks beyond are the connector's).
    pub(crate) fn driver_mode(&self) -> postgres::config::SslMode {
        match self.mode {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Prefer => postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
                postgres::config::SslMode::Require
            }
        }
    }

    /// What the address asks.
    pub fn mode(&self) -> SslMode {
        self.mode
    }

    /// How far the server's certificate is checked when the connection is encrypted.
    pub fn checked(&self) -> Checked {
        match (&self.roots, self.mode) {
            (Roots::Unchecked, _) => Checked::Not,
            (_, SslMode::VerifyFull) => Checked::AuthorityAndName,
            _ => Checked::Authority,
        }
    }

    /// The file of certificate authorities the address names, if any.
    pub fn root_file(&self) -> Option<&Path> {
        match &self.roots {
            Roots::File(path) => Some(path),
            _ => None,
        }
    }

    /// The driver's TLS connector that checks what this asks; an error in words when the
    /// authorities' file cannot be read or holds no certificate.
    pub(crate) fn connector(&self) -> Result<MakeRustlsConnect, String> {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("TLS could not be set up ({e})"))?;
        let config = match &self.roots {
            Roots::Unchecked => builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(Unchecked(provider)))
                .with_no_client_auth(),
            Roots::System => builder
                .with_platform_verifier()
                .map_err(|e| {
                    format!("this computer's trusted certificates could not be read ({e})")
                })?
                .with_no_client_auth(),
            Roots::File(path) => {
                let roots = read_roots(path)?;
                let verifier =
                    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
                        .build()
                        .map_err(|e| {
                            format!(
                                "the certificates in {} cannot be used ({e})",
                                path.display()
                            )
                        })?;
                let verifier: Arc<dyn ServerCertVerifier> = match self.mode {
                    SslMode::VerifyFull => verifier,
                    _ => Arc::new(AuthorityOnly(verifier)),
                };
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(verifier)
                    .with_no_client_auth()
            }
        };
        Ok(MakeRustlsConnect::new(config))
    }
}

/// The certificate authorities in the PEM file `path`.
fn read_roots(path: &Path) -> Result<RootCertStore, String> {
    let shown = path.display();
    let certificates = CertificateDer::pem_file_iter(path)
        .map_err(|e| format!("the certificate file {shown} (sslrootcert) could not be read ({e})"))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("the certificate file {shown} (sslrootcert) is not a PEM file of certificates ({e})"))?;
    let mut roots = RootCertStore::empty();
    let (added, _) = roots.add_parsable_certificates(certificates);
    if added == 0 {
        return Err(format!(
            "the certificate file {shown} (sslrootcert) holds no certificate that can be used"
        ));
    }
    Ok(roots)
}

/// Checks nothing of the server's certificate but that the handshake is signed with its key
/// (`prefer` and `require` without `sslrootcert`, as libpq does).
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the certificate's chain to a trusted authority is checked, not the name it is
/// made out to. webpki checks the chain before the name, so a certificate refused only for
/// its name has a trusted chain.
#[derive(Debug)]
struct AuthorityOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AuthorityOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// Why a TLS handshake failed, in words, from the driver's error (`None`: not a certificate's
/// fault).
pub(crate) fn certificate_refused(
    error: &(dyn std::error::Error + 'static),
    server: &str,
) -> Option<String> {
    let mut cause = Some(error);
    while let Some(e) = cause {
        if let Some(rustls::Error::InvalidCertificate(why)) = e.downcast_ref::<rustls::Error>() {
            return Some(match why {
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => format!(
                    "the server's certificate is not made out to {server}: check the server's name in the address, or ask the register's administrator for the name its certificate has"
                ),
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                    "the server's certificate has expired: ask the register's administrator to renew it".to_string()
                }
                CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                    "the server's certificate is not valid yet: check this computer's date and time".to_string()
                }
                CertificateError::Revoked => {
                    "the server's certificate has been revoked: ask the register's administrator".to_string()
                }
                _ => "the server's certificate is not signed by an authority this connection trusts: ask the register's administrator for the authority's certificate and name its file with sslrootcert= in the address".to_string(),
            });
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            if let Some(inner) = io.get_ref() {
                if let Some(found) = certificate_refused(inner, server) {
                    return Some(found);
                }
            }
        }
        cause = e.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_and_sslrootcert_mean_what_they_mean_to_libpq() {
        let tls = |mode, root| Tls::from_params(mode, root).unwrap();
        assert_eq!(tls(None, None).mode(), SslMode::Prefer);
        assert_eq!(tls(None, None).checked(), Checked::Not);
        assert_eq!(tls(Some("allow"), None).mode(), SslMode::Prefer);
        assert_eq!(tls(Some("require"), None).checked(), Checked::Not);
        assert_eq!(
            tls(Some("require"), Some("/ca.pem")).checked(),
            Checked::Authority
        );
        assert_eq!(
            tls(Some("verify-ca"), Some("/ca.pem")).checked(),
            Checked::Authority
        );
        assert_eq!(
            tls(Some("verify-full"), Some("/ca.pem")).checked(),
            Checked::AuthorityAndName
        );
        assert_eq!(
            tls(Some("verify-full"), None).checked(),
            Checked::AuthorityAndName
        );
        assert_eq!(tls(None, Some("system")).mode(), SslMode::VerifyFull);
        assert_eq!(
            tls(Some("verify-full"), Some("/ca.pem")).root_file(),
            Some(Path::new("/ca.pem"))
        );
        for (mode, root, said) in [
            (
                Some("verify"),
                None,
                "sslmode=verify in the register's address is not one",
            ),
            (
                Some("verify-ca"),
                None,
                "needs the certificate of the authority",
            ),
            (Some("require"), Some("system"), "needs sslmode=verify-full"),
            (
                Some("verify-ca"),
                Some("system"),
                "needs sslmode=verify-full",
            ),
            (Some("verify-full"), Some(""), "names no file"),
        ] {
            let refused = Tls::from_params(mode, root).unwrap_err();
            assert!(refused.contains(said), "{mode:?} {root:?}: {refused}");
        }
    }

    #[test]
    fn an_unreadable_or_empty_authorities_file_is_said() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.pem");
        let tls = Tls::from_params(Some("verify-full"), missing.to_str()).unwrap();
        let said = tls.connector().err().unwrap();
        assert!(said.contains("could not be read"), "{said}");
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let tls = Tls::from_params(Some("verify-full"), empty.to_str()).unwrap();
        let said = tls.connector().err().unwrap();
        assert!(said.contains("holds no certificate"), "{said}");
    }
}
