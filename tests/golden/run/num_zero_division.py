# every flavour of division by zero
def t(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)
t("int /", lambda: 1 / 0)
t("int //", lambda: 1 // 0)
t("int %", lambda: 1 % 0)
t("float /", lambda: 1.0 / 0)
t("float //", lambda: 1.0 // 0.0)
t("float %", lambda: 1.0 % 0.0)
t("big /", lambda: 10**30 / 0)
t("big //", lambda: 10**30 // 0)
t("divmod int", lambda: divmod(1, 0))
t("divmod float", lambda: divmod(1.5, 0.0))
t("zero pow", lambda: 0 ** -1)
t("zero float pow", lambda: 0.0 ** -2.5)
t("complex /", lambda: 1j / 0)
t("complex / 0j", lambda: (1 + 2j) / 0j)
t("complex zero pow", lambda: 0j ** -1)
t("complex zero cpow", lambda: 0j ** 1j)
t("pow mod", lambda: pow(2, 3, 0))
print(1 / 0)
