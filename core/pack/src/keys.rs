//! Ed25519 keys as one-line text files: `frt-ed25519-secret:<hex>` and
//! `frt-ed25519-public:<hex>`.

use ed25519_dalek::{SigningKey, VerifyingKey};

use crate::PackError;

const SECRET_PREFIX: &str = "frt-ed25519-secret:";
const PUBLIC_PREFIX: &str = "frt-ed25519-public:";

/// A signing key. Its text form is `frt-ed25519-secret:` and the 32-byte seed in hex.
pub struct SecretKey(SigningKey);

impl std::fmt::Debug for SecretKey {
    // Never print the seed, even in debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("SecretKey").field(&self.public()).finish()
    }
}

/// A key that verifies signatures. Its text form is `frt-ed25519-public:` and the 32-byte
/// key in hex.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(pub(crate) VerifyingKey);

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self}")
    }
}

impl SecretKey {
    /// A fresh key from the operating system's random number generator.
    pub fn generate() -> Result<SecretKey, PackError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| PackError::Random(e.to_string()))?;
        Ok(SecretKey(SigningKey::from_bytes(&seed)))
    }

    /// The key's public half.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// The text form, for a key file.
    pub fn to_text(&self) -> String {
        format!("{SECRET_PREFIX}{}", hex::encode(self.0.to_bytes()))
    }

    pub(crate) fn signing_key(&self) -> &SigningKey {
        &self.0
    }
}

impl std::str::FromStr for SecretKey {
    type Err = PackError;

    fn from_str(text: &str) -> Result<SecretKey, PackError> {
        let bytes = key_bytes(text, SECRET_PREFIX, "secret")?;
        Ok(SecretKey(SigningKey::from_bytes(&bytes)))
    }
}

impl std::str::FromStr for PublicKey {
    type Err = PackError;

    fn from_str(text: &str) -> Result<PublicKey, PackError> {
        let bytes = key_bytes(text, PUBLIC_PREFIX, "public")?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|_| {
                PackError::Key(format!(
                    "`{}` is not a valid ed25519 public key",
                    text.trim()
                ))
            })
    }
}

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{PUBLIC_PREFIX}{}", hex::encode(self.0.to_bytes()))
    }
}

fn key_bytes(text: &str, prefix: &str, kind: &str) -> Result<[u8; 32], PackError> {
    let text = text.trim();
    let other = if kind == "secret" {
        PUBLIC_PREFIX
    } else {
        SECRET_PREFIX
    };
    let Some(hex_part) = text.strip_prefix(prefix) else {
        let hint = if text.starts_with(other) {
            format!(
                "; this is a {} key",
                if kind == "secret" { "public" } else { "secret" }
            )
        } else {
            String::new()
        };
        return Err(PackError::Key(format!(
            "not an frt {kind} key: expected text starting with `{prefix}`{hint}"
        )));
    };
    let bytes = hex::decode(hex_part)
        .map_err(|e| PackError::Key(format!("the {kind} key is not valid hex: {e}")))?;
    bytes.try_into().map_err(|b: Vec<u8>| {
        PackError::Key(format!(
            "the {kind} key has {} bytes; an ed25519 key has 32",
            b.len()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_text() {
        let secret = SecretKey::generate().unwrap();
        let again: SecretKey = secret.to_text().parse().unwrap();
        assert_eq!(again.public(), secret.public());
        let public: PublicKey = secret.public().to_string().parse().unwrap();
        assert_eq!(public, secret.public());
    }

    #[test]
    fn a_public_key_is_not_a_secret_key() {
        let public = SecretKey::generate().unwrap().public().to_string();
        let err = public.parse::<SecretKey>().unwrap_err().to_string();
        assert_eq!(
            err,
            "not an frt secret key: expected text starting with `frt-ed25519-secret:`; this is a public key"
        );
    }

    #[test]
    fn short_and_non_hex_keys_are_refused() {
        let err = "frt-ed25519-public:abcd".parse::<PublicKey>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "the public key has 2 bytes; an ed25519 key has 32"
        );
        let err = "frt-ed25519-public:zz".parse::<PublicKey>().unwrap_err();
        assert!(
            err.to_string()
                .starts_with("the public key is not valid hex"),
            "{err}"
        );
    }

    #[test]
    fn debug_output_hides_the_seed() {
        let secret = SecretKey::generate().unwrap();
        let seed = secret.to_text();
        let seed = seed.trim_start_matches(SECRET_PREFIX);
        assert!(!format!("{secret:?}").contains(seed));
    }
}
