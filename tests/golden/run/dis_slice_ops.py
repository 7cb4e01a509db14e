# BINARY_SLICE and STORE_SLICE in module-level code.
import dis

dis.dis("x = a[i:j]\ny = a[i:]\nz = a[:j]\na[i:j] = b\nw = a[i:j:k]")
dis.dis("a[i:j] += b")
