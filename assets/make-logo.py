#!/usr/bin/env python3
"""Draws the neutral default cover logo (assets/logo.png) without any image library.

Offices replace it with their own emblem: put logo.png in the data directory and set
`instansi.logo: logo.png`, or replace this file. Run: python3 assets/make-logo.py
"""
import math, struct, zlib, os

SIZE = 360
NAVY, GOLD, WHITE = (23, 43, 94), (212, 160, 23), (255, 255, 255)

def star(cx, cy, r_outer, r_inner, points=5):
    pts = []
    for i in range(points * 2):
        r = r_outer if i % 2 == 0 else r_inner
        a = -math.pi / 2 + i * math.pi / points
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts

def inside(poly, x, y):
    hit = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]; xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit

def pixel(x, y):
    c = SIZE / 2
    d = math.hypot(x - c, y - c)
    if d > c - 2:
        return (255, 255, 255, 0)
    if d > c - 22:
        return GOLD + (255,)
    if inside(STAR, x, y):
        return WHITE + (255,)
    if abs(d - (c - 60)) < 3:
        return GOLD + (255,)
    return NAVY + (255,)

STAR = star(SIZE / 2, SIZE / 2 + 6, 110, 44)
rows = b"".join(b"\x00" + bytes(v for x in range(SIZE) for v in pixel(x + 0.5, y + 0.5)) for y in range(SIZE))

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "logo.png"), "wb") as f:
    f.write(png)
