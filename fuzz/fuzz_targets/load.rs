//! Loading and validating flow and locale text: any bytes in, a guide or located
//! diagnostics out, never a panic. The input is a flow file and a Fluent file, separated
//! by a line `====`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meldwijzer::loader;
use meldwijzer::synthetic;

fuzz_target!(|data: &[u8]| {
    // Raw bytes: decoding and parsing must refuse bad input with a located message.
    if let Ok((file, _)) = loader::decode("fuzz.toml", data.to_vec()) {
        let _ = loader::parse_flow(&file);
    }
    // Text: the flow and its messages loaded and validated together.
    if let Ok(text) = std::str::from_utf8(data) {
        let (flow, messages) = text.split_once("\n====\n").unwrap_or((text, ""));
        let mut generated = synthetic::ladder(1);
        generated.flow = flow.to_owned();
        if !messages.is_empty() {
            generated.messages = messages.to_owned();
        }
        if let Err(diagnostics) = generated.load() {
            for d in &diagnostics {
                if let Some(location) = &d.location {
                    assert!(location.span.end <= location.file.text().len());
                    let _ = d.render(false);
                }
            }
        }
    }
});
