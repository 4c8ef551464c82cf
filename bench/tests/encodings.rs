//! Every form the benchmark compares holds the whole declaration: decoding it gives back the
//! declaration it was made from, so the forms are timed on the same content.

use frt_bench::{declarations, encodings};

#[test]
fn every_form_reads_back_the_declaration_it_was_made_from() {
    let all = declarations::repository().unwrap();
    assert!(all.len() >= 20, "{} declarations", all.len());
    for (name, declaration) in all {
        let encoded = encodings::encode(&declaration).unwrap();
        assert_eq!(
            encodings::from_json(&encoded).unwrap(),
            declaration,
            "{name}: JSON"
        );
        assert_eq!(
            encodings::from_msgpack(&encoded).unwrap(),
            declaration,
            "{name}: MessagePack"
        );
        assert_eq!(
            encodings::from_cbor(&encoded).unwrap(),
            declaration,
            "{name}: CBOR"
        );
    }
}
