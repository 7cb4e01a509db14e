class Point3D(Point, metaclass=Meta)
    z = 0
