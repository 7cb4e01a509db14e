# An error while evaluating a generic alias's value shows its frame.
type Broken[T] = {T: [][1]}
print(Broken.__type_params__)
print(Broken.__value__)
