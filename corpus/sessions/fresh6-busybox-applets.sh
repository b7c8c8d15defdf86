# BusyBox applets and sh scripting (loops, case, functions, here-documents) inside docker run --rm busybox
docker pull -q busybox
docker run --rm busybox echo hello busybox
docker run --rm busybox printf '%s is %d years old\n' kim 20
docker run --rm busybox seq 1 5
docker run --rm busybox seq -s , 1 10
docker run --rm busybox expr 7 '*' 6
docker run --rm busybox expr 5 - 5
docker run --rm busybox basename /usr/local/bin/tool.sh .sh
docker run --rm busybox dirname /usr/local/bin/tool.sh
docker run --rm busybox sh -c 'echo root:x:0:0 | cut -d: -f1,3'
docker run --rm busybox sh -c 'echo "hello docker" | tr a-z A-Z'
docker run --rm busybox sh -c 'echo "I like cats" | sed "s/cats/containers/"'
docker run --rm busybox sh -c 'awk -F: "{print \$1, \$7}" /etc/passwd | head -3'
docker run --rm busybox sh -c 'printf "b\na\nc\na\nb\na\n" | sort | uniq -c'
docker run --rm busybox sh -c 'printf "b\na\nc\n" | sort -r'
docker run --rm busybox sh -c 'seq 1 100 | wc -l'
docker run --rm busybox sh -c 'seq 10 | head -n 3; seq 10 | tail -n 2'
docker run --rm busybox grep -c sh /etc/passwd
docker run --rm busybox sh -c 'echo a b c | xargs -n 1 echo item'
docker run --rm busybox sh -c 'test 3 -gt 2 && echo yes || echo no; [ -d /etc ] && echo etc-is-dir; [ -f /nope ] || echo no-file'
docker run --rm busybox sh -c 'true; echo $?; false; echo $?'
docker run --rm busybox false
docker run --rm busybox sh -c 'a=7; b=3; echo $((a+b)) $((a*b)) $((a/b)) $((a%b))'
docker run --rm busybox sh -c 'name=docker; echo "hi $name"; echo '\''hi $name'\''; echo "hi \$name"'
docker run --rm busybox echo $HOME
docker run --rm busybox sh -c 'echo $HOME'
docker run --rm busybox sh -c 'for f in a.txt b.txt c.log; do echo "file: $f"; done'
docker run --rm busybox sh -c 'for x in apple banana cherry; do case $x in a*) echo "$x starts with a";; b*) echo "$x starts with b";; *) echo "$x is other";; esac; done'
docker run --rm busybox sh -c 'greet() { echo "annyeong, $1!"; return 3; }; greet kim; greet lee; echo "status $?"'
docker run --rm -i busybox sh <<'EOF'
name=busybox
cat <<END
hello from a here-document
name is $name
sum is $((2+3))
END
cat <<'END'
no expansion here: $name
END
EOF
docker run --rm busybox sh -c 'exit 42'
