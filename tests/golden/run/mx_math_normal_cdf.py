# The normal distribution through math.erf/erfc (statistics.NormalDist
# and hand-written CDFs), to the last digit.
import math
from statistics import NormalDist
def cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * math.erfc(-(x - mu) / (sigma * math.sqrt(2)))
for x in [-6, -3.5, -2, -1.3, -0.2, 0, 0.7, 1.96, 2.5, 4, 8.3]:
    print(x, cdf(x), 0.5 * (1 + math.erf(x / math.sqrt(2))), NormalDist().cdf(x))
d = NormalDist(100, 15)
print(d.cdf(130), d.cdf(70), d.cdf(145), d.pdf(100))
