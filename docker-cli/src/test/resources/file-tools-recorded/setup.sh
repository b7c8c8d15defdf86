printf 'one\ntwo\nthree\n' > f.txt; printf 'one\nTWO\nthree\nfour\n' > g.txt; mkdir d; printf 'hello\n' > d/h.txt
printf 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n' > long1; printf 'a\nb\nc\nD\ne\nf\ng\nh\ni\nJ\nk\n' > long2
printf 'b 2 x\na 10 y\nc 1 z\na 2 w\n' > t.txt; printf 'root:x:0:0\nnobody:x:65534:65534\nbin:x:2:2\ndaemon:x:1:1\n' > p.txt; printf '1K\n2M\n512\n3G\n1.5K\n' > h.txt; printf 'v1.10\nv1.2\nv1.9\nv1.2.1\n' > v.txt; printf 'Mar x\njan y\nDEC z\nfoo w\n' > m.txt; printf '  b\na\n c\n' > bl.txt
