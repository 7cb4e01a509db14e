ﬁ = 1
ℕ = 2
ｘ = 3
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 4
ᵢ = 5
print(fi, N, x, Unicode)
