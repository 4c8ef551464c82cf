//! `signature.json`: an ed25519 signature over the exact bytes of `manifest.json`, with the
//! public key that made it.

use ed25519_dalek::{Signature, Signer as _, Verifier as _};
use serde::{Deserialize, Serialize};

use crate::{PackError, PublicKey, SecretKey};

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignatureFile {
    /// Always `ed25519`.
    algorithm: String,
    /// The signer's public key, `frt-ed25519-public:<hex>`.
    public_key: String,
    /// The signature, 64 bytes in hex.
    signature: String,
}

/// Signs `manifest` with `key`: the bytes of `signature.json`.
pub(crate) fn sign(key: &SecretKey, manifest: &[u8]) -> Vec<u8> {
    let file = SignatureFile {
        algorithm: "ed25519".to_owned(),
        public_key: key.public().to_string(),
        signature: hex::encode(key.signing_key().sign(manifest).to_bytes()),
    };
    let mut bytes = serde_json::to_vec_pretty(&file).expect("a signature is JSON");
    bytes.push(b'\n');
    bytes
}

/// The key that `signature.json` says made it.
pub(crate) fn signer(signature: &[u8]) -> Result<PublicKey, PackError> {
    parse(signature).map(|(key, _)| key)
}

/// Checks `signature.json` over `manifest`; the key that made it.
pub(crate) fn verify(signature: &[u8], manifest: &[u8]) -> Result<PublicKey, PackError> {
    let (key, signature) = parse(signature)?;
    key.0
        .verify(manifest, &signature)
        .map_err(|_| PackError::BadSignature)?;
    Ok(key)
}

fn parse(bytes: &[u8]) -> Result<(PublicKey, Signature), PackError> {
    let malformed = |e: String| PackError::SignatureFormat(e);
    let file: SignatureFile =
        serde_json::from_slice(bytes).map_err(|e| malformed(e.to_string()))?;
    if file.algorithm != "ed25519" {
        return Err(malformed(format!(
            "`algorithm` is `{}`; only `ed25519` is supported",
            file.algorithm
        )));
    }
    let key: PublicKey = file
        .public_key
        .parse()
        .map_err(|e: PackError| malformed(format!("`public_key`: {e}")))?;
    let bytes: [u8; 64] = hex::decode(&file.signature)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| malformed("`signature` is not 64 bytes in hex".to_owned()))?;
    Ok((key, Signature::from_bytes(&bytes)))
}
