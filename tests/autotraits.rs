//! Public types are thread-safe and cheap to share.

use finfacts::{Currency, Document, Entity, Error, Extractor, ExtractorBuilder, Value};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<Extractor>();
    assert_send_sync::<ExtractorBuilder>();
    assert_send_sync::<Entity>();
    assert_send_sync::<Value>();
    assert_send_sync::<Document>();
    assert_send_sync::<Currency>();
    assert_send_sync::<Error>();
}
