#![deny(warnings)]

fn main() {
    /// A model that only this function needs.
    #[derive(hcloud_model::ApiModel, Debug, PartialEq)]
    struct Local {
        /// A count.
        count: u32,
        /// A state.
        state: State,
    }

    /// A state.
    #[derive(hcloud_model::ApiModel, Debug, PartialEq)]
    enum State {
        /// On.
        On,
        /// Off.
        Off,
    }

    let local: Local = serde_json::from_str(r#"{"count": 2, "state": "off"}"#).unwrap();
    assert_eq!(local, Local::builder().state(State::Off).count(2).build());
}
