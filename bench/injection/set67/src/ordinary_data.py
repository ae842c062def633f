# -*- coding: utf-8 -*-
from ord_a import ORD as A
from ord_b import ORD as B
ORD = A + B
