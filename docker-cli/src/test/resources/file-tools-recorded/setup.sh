printf 'one\ntwo\nthree\n' > f.txt; printf 'one\nTWO\nthree\nfour\n' > g.txt; mkdir d; printf 'hello\n' > d/h.txt
printf 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n' > long1; printf 'a\nb\nc\nD\ne\nf\ng\nh\ni\nJ\nk\n' > long2
