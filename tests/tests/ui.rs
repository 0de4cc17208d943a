//! What compiles and what must not: each `ui/fail/*.rs` has a reviewed `.stderr` beside it.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass/*.rs");
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.compile_fail("tests/ui/serde/*.rs");
    cases.pass("tests/ui/serde/pass/*.rs");
    cases.compile_fail("tests/ui/builder/*.rs");
    cases.compile_fail("tests/ui/unions/*.rs");
}
