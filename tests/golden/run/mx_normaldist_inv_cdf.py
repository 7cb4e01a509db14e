# statistics.NormalDist: inv_cdf (AS 241, every branch), quantiles,
# zscore, overlap, arithmetic, seeded samples, errors.
from statistics import NormalDist, StatisticsError
z = NormalDist()
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.025, 0.075, 0.0749, 0.1, 0.25, 0.5,
          0.574, 0.75, 0.925, 0.975, 0.999, 1 - 1e-10]:
    print(p, z.inv_cdf(p))
iq = NormalDist(100, 15)
print(iq.quantiles(), iq.quantiles(10)[:3], round(iq.inv_cdf(0.975), 10))
print(iq.zscore(130), iq.cdf(iq.inv_cdf(0.3)))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), z.overlap(NormalDist(1, 1)), z.overlap(z))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a * 2, 2 * a, a / 4, -a, +a, 5 + a, 5 - a, a - 1, a * -3)
print(NormalDist(0, 1).samples(3, seed=42))
for bad in (0.0, 1.0, -1, 2):
    try:
        z.inv_cdf(bad)
    except StatisticsError as e:
        print(bad, "StatisticsError:", e)
for f in (lambda: NormalDist(1, 0).zscore(1), lambda: NormalDist(1, 0).overlap(z), lambda: z.overlap(3)):
    try:
        f()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__ + ":", e)
