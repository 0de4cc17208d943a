//! What the operations send and read: path parameters filled in, repeated query parameters once
//! per value in their wire spelling, bodies only where the spec has them.

use hcloud_model::ops::{
    ActionSort, ChangeVolumeProtection, DeletePlacementGroup, DetachVolume, GetImageAction,
    ListPlacementGroups, ListVolumeActions, ResourceSort,
};
use hcloud_model::{
    ActionStatus, ChangeVolumeProtectionRequest, CreatePlacementGroupResponse, Operation, Patch,
    PlacementGroupType,
};
use serde_json::json;

#[test]
fn path_parameters_fill_their_own_placeholders() {
    let op = GetImageAction {
        id: 4,
        action_id: 13,
    };
    assert_eq!(op.path_and_query(), "/images/4/actions/13");
}

#[test]
fn repeated_query_parameters_go_once_per_value_in_wire_spelling() {
    let op = ListVolumeActions {
        id: 7,
        sort: vec![ActionSort::StartedDesc, ActionSort::Id],
        status: vec![ActionStatus::Running, ActionStatus::Error],
        page: None,
        per_page: Some(50),
    };
    assert_eq!(
        op.path_and_query(),
        "/volumes/7/actions?sort=started%3Adesc&sort=id&status=running&status=error&per_page=50"
    );
    let op = ListPlacementGroups {
        r#type: vec![PlacementGroupType::Spread],
        sort: vec![ResourceSort::CreatedAsc],
        ..Default::default()
    };
    assert_eq!(
        op.path_and_query(),
        "/placement_groups?sort=created%3Aasc&type=spread"
    );
}

#[test]
fn a_body_is_sent_only_where_the_spec_has_one() {
    assert_eq!(DetachVolume { id: 1 }.request(), None);
    let protect = ChangeVolumeProtection {
        id: 1,
        body: ChangeVolumeProtectionRequest { delete: Some(true) },
    };
    assert_eq!(
        serde_json::to_value(protect.request()).unwrap(),
        json!({"delete": true})
    );
    // 204 No Content: an empty body is the whole response.
    assert_eq!(DeletePlacementGroup::read_response(b"").unwrap(), ());
}

#[test]
fn a_created_placement_group_keeps_whether_its_action_was_left_out_or_null() {
    let group = json!({"id": 897, "name": "my Placement Group", "labels": {}, "type": "spread",
                       "created": "2019-01-08T12:10:00Z", "servers": []});
    for (body, action) in [
        (json!({"placement_group": group}), Patch::Absent),
        (
            json!({"placement_group": group, "action": null}),
            Patch::Null,
        ),
    ] {
        let read: CreatePlacementGroupResponse = serde_json::from_value(body.clone()).unwrap();
        assert_eq!(read.action, action);
        assert_eq!(serde_json::to_value(&read).unwrap(), body);
    }
}
