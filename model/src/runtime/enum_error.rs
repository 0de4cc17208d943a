use core::fmt;

/// The error of `FromStr` / `TryFrom<&str>` on a derived enum without a catch-all, when the text
/// is none of its wire values.
///
/// ```
/// # use hcloud_model::ApiModel;
/// /// How a load balancer spreads requests.
/// #[derive(ApiModel, Debug, PartialEq)]
/// enum Algorithm {
///     /// Each target in turn.
///     RoundRobin,
///     /// The target with the fewest open connections.
///     LeastConnections,
/// }
///
/// let error = "random".parse::<Algorithm>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "invalid Algorithm `random`: expected one of `round_robin`, `least_connections`"
/// );
/// assert_eq!(error.input(), "random");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseEnumError {
    type_name: &'static str,
    input: String,
    expected: &'static [&'static str],
}

impl ParseEnumError {
    pub(crate) fn new(
        type_name: &'static str,
        input: String,
        expected: &'static [&'static str],
    ) -> Self {
        ParseEnumError {
            type_name,
            input,
            expected,
        }
    }

    /// The name of the enum that rejected the input.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The text that was rejected.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The wire values the enum accepts.
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid {} `{}`: expected one of ",
            self.type_name, self.input
        )?;
        write_values(f, self.expected)
    }
}

impl std::error::Error for ParseEnumError {}

/// What a string with these known values expects: `a string` when unknown values are kept
/// (`open`), `` one of `a`, `b` `` otherwise.
pub(crate) fn write_expected(
    f: &mut fmt::Formatter<'_>,
    open: bool,
    values: &[&str],
) -> fmt::Result {
    if open {
        f.write_str("a string")
    } else {
        f.write_str("one of ")?;
        write_values(f, values)
    }
}

/// `` `a`, `b`, `c` ``: the accepted values as messages list them.
pub(crate) fn write_values(f: &mut fmt::Formatter<'_>, values: &[&str]) -> fmt::Result {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "`{value}`")?;
    }
    Ok(())
}
