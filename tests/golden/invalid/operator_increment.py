counter++
