import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(st.mean(ints), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([F(1, 2), F(3, 4)]), st.mean([1, 2.5]), st.mean(range(10)))
print(st.fmean(ints), st.fmean([1, 2, 3], weights=[3, 1, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([F(1, 3), F(1, 2)]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.variance(ints), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev(data), st.stdev(ints), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance(data, st.mean(data)), st.pvariance(ints, mu=3))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([7], n=3), st.quantiles([1.5, 2.5], n=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, y, method="ranked"))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 6), round(nd.pdf(100), 8), st.NormalDist.from_samples([1, 2, 3, 4]))
for f in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.median([]), lambda: st.mode([]),
          lambda: st.fmean([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean([]), lambda: st.quantiles([], n=4), lambda: st.quantiles([1, 2], n=0),
          lambda: st.quantiles([1, 2], method="x"), lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1, 2]), lambda: st.NormalDist(0, -1)]:
    try:
        print(f())
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), st.harmonic_mean([2, 0]), st.geometric_mean([1, 0]))
