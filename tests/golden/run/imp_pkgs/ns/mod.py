ns_value = "in a namespace package"
