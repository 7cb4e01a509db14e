//! Pass 2: decide the scope of every name, block by block from the module
//! down (see the essay in the module above). Mirrors CPython's
//! `analyze_block`, `analyze_name`, `inline_comprehension`,
//! `analyze_cells`, `drop_class_free` and `update_symbols`.

use std::collections::HashMap;

use super::names::NameSet;
use super::{
    ScopeId, ScopeKind, Symbol, SymbolFlags as F, SymbolScope, SymbolTable, SymtableError,
    SymtableErrorKind as K,
};

/// The scope decided for each name of one block.
type Scopes = HashMap<String, SymbolScope>;

/// The sets a block receives from its parent.
struct Inherited<'a> {
    /// Names bound in enclosing function-like blocks (`None` for the module).
    bound: Option<&'a mut NameSet>,
    /// Names declared global in enclosing blocks.
    global: &'a mut NameSet,
    /// Type parameters visible here.
    type_params: &'a mut NameSet,
    /// The class whose namespace this block can see, if any.
    class_entry: Option<ScopeId>,
}

/// Run pass 2 over a table that pass 1 built.
pub(crate) fn analyze(table: &mut SymbolTable) -> Result<(), SymtableError> {
    let mut free = NameSet::default();
    let mut global = NameSet::default();
    let mut type_params = NameSet::default();
    let inherited = Inherited {
        bound: None,
        global: &mut global,
        type_params: &mut type_params,
        class_entry: None,
    };
    analyze_block(table, ScopeId(0), inherited, &mut free)
}

/// Decide the names of block `id` and of its children; add to `free` the
/// names it needs from enclosing blocks.
fn analyze_block(
    t: &mut SymbolTable,
    id: ScopeId,
    mut inh: Inherited<'_>,
    free: &mut NameSet,
) -> Result<(), SymtableError> {
    let kind = t.scopes[id.index()].kind;
    let mut scopes = Scopes::new();
    let mut local = NameSet::default();
    let (mut newglobal, mut newbound, mut newfree) =
        (NameSet::default(), NameSet::default(), NameSet::default());
    // A class's bindings are invisible to the blocks inside it.
    if kind == ScopeKind::Class {
        newglobal.extend(inh.global);
        if let Some(bound) = inh.bound.as_deref() {
            newbound.extend(bound);
        }
    }
    let symbols: Vec<(String, F)> = t.scopes[id.index()]
        .symbols
        .iter()
        .map(|(n, s)| (n.to_owned(), s.flags))
        .collect();
    for (name, flags) in &symbols {
        analyze_name(t, id, &mut scopes, name, *flags, &mut inh, &mut local, free)?;
    }
    if kind != ScopeKind::Class {
        if kind.is_function_like() {
            newbound.extend(&local);
        }
        if let Some(bound) = inh.bound.as_deref() {
            newbound.extend(bound);
        }
        newglobal.extend(inh.global);
    } else {
        newbound.add("__class__");
        newbound.add("__classdict__");
        newbound.add("__conditional_annotations__");
    }
    let mut inlined_cells = NameSet::default();
    let sees_class = t.scopes[id.index()].can_see_class_scope;
    for child in t.scopes[id.index()].children.clone() {
        let c = &t.scopes[child.index()];
        let class_entry = match (c.can_see_class_scope, kind) {
            (true, ScopeKind::Class) => Some(id),
            (true, _) => inh.class_entry,
            (false, _) => None,
        };
        let inline = c.comprehension.is_some() && !c.generator && !sees_class;
        let mut child_free = newfree.clone();
        let (mut bound, mut global) = (newbound.clone(), newglobal.clone());
        let mut type_params = inh.type_params.clone();
        let child_inh = Inherited {
            bound: Some(&mut bound),
            global: &mut global,
            type_params: &mut type_params,
            class_entry,
        };
        analyze_block(t, child, child_inh, &mut child_free)?;
        if inline {
            inline_comprehension(
                t,
                id,
                child,
                &mut scopes,
                &mut child_free,
                &mut inlined_cells,
            );
            t.scopes[child.index()].comp_inlined = true;
        }
        newfree.extend(&child_free);
    }
    splice_inlined_children(t, id);
    if kind.is_function_like() {
        analyze_cells(&mut scopes, &mut newfree, &inlined_cells);
    } else if kind == ScopeKind::Class {
        drop_class_free(t, id, &mut newfree);
    }
    let classflag = kind == ScopeKind::Class || sees_class;
    let bound = inh.bound.as_deref();
    update_symbols(t, id, &scopes, bound, &newfree, &inlined_cells, classflag);
    free.extend(&newfree);
    Ok(())
}

/// Decide the scope of one name from its flags and the inherited sets.
#[allow(clippy::too_many_arguments)]
fn analyze_name(
    t: &SymbolTable,
    id: ScopeId,
    scopes: &mut Scopes,
    name: &str,
    flags: F,
    inh: &mut Inherited<'_>,
    local: &mut NameSet,
    free: &mut NameSet,
) -> Result<(), SymtableError> {
    if flags.intersects(F::DEF_GLOBAL) {
        if flags.intersects(F::DEF_NONLOCAL) {
            return Err(error_at_directive(
                t,
                id,
                name,
                K::NonlocalAndGlobal(name.into()),
            ));
        }
        scopes.insert(name.into(), SymbolScope::GlobalExplicit);
        inh.global.add(name);
        if let Some(bound) = inh.bound.as_deref_mut() {
            bound.discard(name);
        }
        return Ok(());
    }
    if flags.intersects(F::DEF_NONLOCAL) {
        let Some(bound) = inh.bound.as_deref() else {
            return Err(error_at_directive(t, id, name, K::NonlocalAtModuleLevel));
        };
        if !bound.contains(name) {
            return Err(error_at_directive(
                t,
                id,
                name,
                K::NoBindingForNonlocal(name.into()),
            ));
        }
        if inh.type_params.contains(name) {
            return Err(error_at_directive(
                t,
                id,
                name,
                K::NonlocalTypeParam(name.into()),
            ));
        }
        scopes.insert(name.into(), SymbolScope::Free);
        free.add(name);
        return Ok(());
    }
    if flags.intersects(F::DEF_BOUND) {
        scopes.insert(name.into(), SymbolScope::Local);
        local.add(name);
        inh.global.discard(name);
        if flags.intersects(F::DEF_TYPE_PARAM) {
            inh.type_params.add(name);
        } else {
            inh.type_params.discard(name);
        }
        return Ok(());
    }
    // Seen from an annotation or type-parameter block inside a class: a
    // name the class binds (or declares global) is read from the class
    // namespace or the globals, never from an enclosing function.
    if let Some(class) = inh.class_entry {
        let class_flags = t.scopes[class.index()]
            .symbols
            .get(name)
            .map_or(F::empty(), |s| s.flags);
        if class_flags.intersects(F::DEF_GLOBAL) {
            scopes.insert(name.into(), SymbolScope::GlobalExplicit);
            return Ok(());
        }
        if class_flags.intersects(F::DEF_BOUND) && !class_flags.intersects(F::DEF_NONLOCAL) {
            scopes.insert(name.into(), SymbolScope::GlobalImplicit);
            return Ok(());
        }
    }
    if inh.bound.as_deref().is_some_and(|b| b.contains(name)) {
        scopes.insert(name.into(), SymbolScope::Free);
        free.add(name);
        return Ok(());
    }
    scopes.insert(name.into(), SymbolScope::GlobalImplicit);
    Ok(())
}

/// The error `kind`, placed at the declaration of `name` in block `id`.
fn error_at_directive(t: &SymbolTable, id: ScopeId, name: &str, kind: K) -> SymtableError {
    let range = t.directives[id.index()]
        .iter()
        .find(|(n, _)| n == name)
        .map_or(t.scopes[id.index()].range, |(_, r)| *r);
    SymtableError::new(kind, range)
}

/// Merge an analysed comprehension's symbols into block `ste` (PEP 709).
fn inline_comprehension(
    t: &mut SymbolTable,
    ste: ScopeId,
    comp: ScopeId,
    scopes: &mut Scopes,
    comp_free: &mut NameSet,
    inlined_cells: &mut NameSet,
) {
    let is_class = t.scopes[ste.index()].kind == ScopeKind::Class;
    let mut remove_dunder_class = false;
    let symbols: Vec<(String, Symbol)> = t.scopes[comp.index()]
        .symbols
        .iter()
        .map(|(n, s)| (n.to_owned(), *s))
        .collect();
    for (name, symbol) in symbols {
        if symbol.flags.intersects(F::DEF_PARAM) {
            continue; // `.0`
        }
        let mut scope = symbol.scope.unwrap_or(SymbolScope::GlobalImplicit);
        if scope == SymbolScope::Cell || symbol.flags.intersects(F::DEF_COMP_CELL) {
            inlined_cells.add(&name);
        }
        // `__class__` never passes through a class body.
        if scope == SymbolScope::Free && is_class && name == "__class__" {
            scope = SymbolScope::GlobalImplicit;
            comp_free.discard(&name);
            remove_dunder_class = true;
        }
        match t.scopes[ste.index()].symbols.get(&name).copied() {
            None => {
                let flags = symbol.flags;
                t.scopes[ste.index()]
                    .symbols
                    .insert(&name, Symbol { flags, scope: None });
                scopes.insert(name, scope);
            }
            Some(existing) => {
                // Free in the comprehension but local here: now just local,
                // unless a block inside the comprehension needs it.
                if existing.flags.intersects(F::DEF_BOUND)
                    && !is_class
                    && !is_free_in_any_child(t, comp, &name)
                {
                    comp_free.discard(&name);
                }
            }
        }
    }
    if remove_dunder_class {
        t.scopes[comp.index()].symbols.remove("__class__");
    }
}

fn is_free_in_any_child(t: &SymbolTable, id: ScopeId, name: &str) -> bool {
    t.scopes[id.index()]
        .children
        .iter()
        .any(|c| t.scopes[c.index()].scope_of(name) == Some(SymbolScope::Free))
}

/// Replace each inlined comprehension among `id`'s children by its own
/// children.
fn splice_inlined_children(t: &mut SymbolTable, id: ScopeId) {
    let children = std::mem::take(&mut t.scopes[id.index()].children);
    let mut spliced = Vec::with_capacity(children.len());
    for child in children {
        let c = &t.scopes[child.index()];
        if c.comp_inlined {
            spliced.extend(c.children.iter().copied());
        } else {
            spliced.push(child);
        }
    }
    t.scopes[id.index()].children = spliced;
}

/// Locals that a child needs become cells.
fn analyze_cells(scopes: &mut Scopes, free: &mut NameSet, inlined_cells: &NameSet) {
    for (name, scope) in scopes.iter_mut() {
        if *scope == SymbolScope::Local && (free.contains(name) || inlined_cells.contains(name)) {
            *scope = SymbolScope::Cell;
            free.discard(name);
        }
    }
}

/// A class provides `__class__`, `__classdict__` and
/// `__conditional_annotations__` to its children itself.
fn drop_class_free(t: &mut SymbolTable, id: ScopeId, free: &mut NameSet) {
    let scope = &mut t.scopes[id.index()];
    if free.discard("__class__") {
        scope.needs_class_closure = true;
    }
    if free.discard("__classdict__") {
        scope.needs_classdict = true;
    }
    if free.discard("__conditional_annotations__") {
        scope.has_conditional_annotations = true;
    }
}

/// Store the decisions in the block's symbols, and add the names its
/// children need that pass through it.
fn update_symbols(
    t: &mut SymbolTable,
    id: ScopeId,
    scopes: &Scopes,
    bound: Option<&NameSet>,
    free: &NameSet,
    inlined_cells: &NameSet,
    classflag: bool,
) {
    let symbols = &mut t.scopes[id.index()].symbols;
    let names: Vec<String> = symbols.names().map(str::to_owned).collect();
    for name in &names {
        if let Some(symbol) = symbols.get_mut(name) {
            if inlined_cells.contains(name) {
                symbol.flags |= F::DEF_COMP_CELL;
            }
            symbol.scope = Some(
                scopes
                    .get(name)
                    .copied()
                    .unwrap_or(SymbolScope::GlobalImplicit),
            );
        }
    }
    for name in free.iter() {
        if let Some(symbol) = symbols.get_mut(name) {
            // Free in a method, and bound or global in the class.
            if classflag {
                symbol.flags |= F::DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) {
            continue; // a global
        }
        let symbol = Symbol {
            flags: F::empty(),
            scope: Some(SymbolScope::Free),
        };
        symbols.insert(name, symbol);
    }
}
