//! What compiles and what must not, one folder per capability: each case that must not compile has
//! a reviewed `.stderr` beside it.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass/*.rs");
    cases.compile_fail("tests/ui/attributes/*.rs");
    cases.compile_fail("tests/ui/builder/*.rs");
    cases.compile_fail("tests/ui/docs/*.rs");
    cases.compile_fail("tests/ui/enums/*.rs");
    cases.compile_fail("tests/ui/serde/*.rs");
    cases.pass("tests/ui/serde/pass/*.rs");
    cases.compile_fail("tests/ui/shapes/*.rs");
    cases.compile_fail("tests/ui/unions/*.rs");
}
