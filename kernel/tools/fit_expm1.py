#!/usr/bin/env python3
"""Derives FloatMath.Q0..Q4: e^r - 1 = r + r^2 * q(r) on [-ln2/2, ln2/2], q of degree 4.

Minimises the largest absolute error of r^2 * q(r) against e^r - 1 - r (about the error of
e^r, which is about 1) with Lawson's iteratively reweighted least squares on 20001 points,
against 40-digit values; then rounds the coefficients to float one at a time, refitting the
later ones to absorb each rounding. Needs numpy and mpmath. Prints the float coefficients
(hex, as in FloatMath) and the error they leave.
"""
import mpmath as mp
import numpy as np

mp.mp.dps = 40
HALF_LN2 = float(mp.log(2) / 2)
r = np.linspace(-HALF_LN2, HALF_LN2, 20001)
target = np.array([float(mp.expm1(mp.mpf(x)) - x) for x in r])  # e^r - 1 - r
basis = np.vander(r, 5, increasing=True) * (r ** 2)[:, None]      # r^2 * r^j


def lawson(columns, values, iterations=300):
    """Near-minimax fit: least squares reweighted by each point's error."""
    weights = np.ones_like(values)
    for _ in range(iterations):
        root = np.sqrt(weights)
        fit, *_ = np.linalg.lstsq(columns * root[:, None], values * root, rcond=None)
        weights = weights * np.abs(columns @ fit - values)
        weights /= weights.sum()
    return fit


coefficients = []
for j in range(5):
    rest = target - basis[:, :j] @ np.array(coefficients) if coefficients else target
    coefficients.append(float(np.float32(lawson(basis[:, j:], rest)[0])))
error = np.abs(basis @ np.array(coefficients) - target).max()
for j, c in enumerate(coefficients):
    print('Q%d = %s (%.9g)' % (j, float.hex(c), c))
print('max |r^2 q - (e^r - 1 - r)| = %.3g = %.3f ulp of 1' % (error, error / 2 ** -23))
