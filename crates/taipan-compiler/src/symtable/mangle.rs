//! Private name mangling: in a class body, `__spam` is `_Class__spam`.

/// `name` as it is stored inside class `private` (CPython's `_Py_Mangle`):
/// names starting with two underscores get `_` and the class name without
/// its leading underscores in front, except dunder names (ending with two
/// underscores), dotted names (import paths), and inside a class whose name
/// is all underscores.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(private) = private else {
        return name.to_owned();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn mangles_private_names_only() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "__"), "__");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
